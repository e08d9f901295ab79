import type { Role } from '@shuangfang/db/enums';

export interface MenuEntry {
  href: string;
  label:
    | 'nav.workbench'
    | 'nav.registry'
    | 'nav.jurisdictions'
    | 'nav.users'
    | 'nav.enterprise'
    | 'nav.adminJurisdictions'
    | 'nav.adminAgencies'
    | 'nav.risk'
    | 'nav.checks'
    | 'nav.snap'
    | 'nav.reports'
    | 'nav.noticeBoard'
    | 'nav.hazards'
    | 'nav.ledger'
    | 'nav.dashboard'
    | 'supervision.nav'
    | 'standardization.nav'
    | 'nav.blacklist'
    | 'nav.tipoffs'
    | 'nav.inspections'
    | 'nav.inspectionDirectory'
    | 'chem.nav.majorHazards'
    | 'chem.nav.runStates'
    | 'chem.nav.commitments'
    | 'chem.nav.permits'
    | 'chem.nav.custody'
    | 'chem.nav.commitmentStatus'
    | 'reminders.nav'
    | 'criteria.nav'
    | 'criteria.navMajor';
}

// Only features that exist are listed; a role sees what it may use and nothing else.
const MENUS: Record<Role, MenuEntry[]> = {
  platform_admin: [
    { href: '/admin/jurisdictions', label: 'nav.adminJurisdictions' },
    { href: '/admin/agencies', label: 'nav.adminAgencies' },
    { href: '/public/criteria', label: 'criteria.nav' },
    { href: '/users', label: 'nav.users' },
  ],
  agency_admin: [
    { href: '/dashboard', label: 'nav.dashboard' },
    { href: '/registry', label: 'nav.registry' },
    { href: '/jurisdictions', label: 'nav.jurisdictions' },
    { href: '/hazards', label: 'nav.hazards' },
    { href: '/hazards/ledger', label: 'nav.ledger' },
    { href: '/criteria/major-hazards', label: 'criteria.navMajor' },
    { href: '/reports', label: 'nav.reports' },
    { href: '/supervisions', label: 'supervision.nav' },
    { href: '/standardization', label: 'standardization.nav' },
    { href: '/blacklist', label: 'nav.blacklist' },
    { href: '/tipoffs', label: 'nav.tipoffs' },
    { href: '/users', label: 'nav.users' },
    // 双随机一公开
    { href: '/inspections', label: 'nav.inspections' },
    { href: '/inspections/directory', label: 'nav.inspectionDirectory' },
    // 危险化学品: 包保责任人 behind, enterprises yet to commit today
    { href: '/custody', label: 'chem.nav.custody' },
    { href: '/commitments', label: 'chem.nav.commitmentStatus' },
    { href: '/notifications/channels', label: 'reminders.nav' },
    { href: '/public/criteria', label: 'criteria.nav' },
  ],
  inspector: [
    { href: '/dashboard', label: 'nav.dashboard' },
    { href: '/registry', label: 'nav.registry' },
    { href: '/jurisdictions', label: 'nav.jurisdictions' },
    { href: '/hazards', label: 'nav.hazards' },
    { href: '/hazards/ledger', label: 'nav.ledger' },
    { href: '/criteria/major-hazards', label: 'criteria.navMajor' },
    { href: '/reports', label: 'nav.reports' },
    { href: '/supervisions', label: 'supervision.nav' },
    { href: '/standardization', label: 'standardization.nav' },
    { href: '/blacklist', label: 'nav.blacklist' },
    { href: '/tipoffs', label: 'nav.tipoffs' },
    // 双随机一公开
    { href: '/inspections', label: 'nav.inspections' },
    { href: '/custody', label: 'chem.nav.custody' },
    { href: '/commitments', label: 'chem.nav.commitmentStatus' },
    { href: '/public/criteria', label: 'criteria.nav' },
  ],
  enterprise_admin: [
    { href: '/workbench', label: 'nav.workbench' },
    { href: '/enterprise', label: 'nav.enterprise' },
    { href: '/risk', label: 'nav.risk' },
    { href: '/checks', label: 'nav.checks' },
    { href: '/hazards', label: 'nav.hazards' },
    { href: '/hazards/ledger', label: 'nav.ledger' },
    { href: '/reports', label: 'nav.reports' },
    { href: '/notice-board', label: 'nav.noticeBoard' },
    { href: '/standardization', label: 'standardization.nav' },
    { href: '/public/criteria', label: 'criteria.nav' },
    { href: '/blacklist', label: 'nav.blacklist' },
    { href: '/users', label: 'nav.users' },
    // 危险化学品 duties
    { href: '/major-hazards', label: 'chem.nav.majorHazards' },
    { href: '/run-states', label: 'chem.nav.runStates' },
    { href: '/commitments', label: 'chem.nav.commitments' },
    { href: '/permits', label: 'chem.nav.permits' },
    { href: '/notifications/channels', label: 'reminders.nav' },
  ],
  safety_manager: [
    { href: '/workbench', label: 'nav.workbench' },
    { href: '/enterprise', label: 'nav.enterprise' },
    { href: '/risk', label: 'nav.risk' },
    { href: '/checks', label: 'nav.checks' },
    { href: '/hazards', label: 'nav.hazards' },
    { href: '/hazards/ledger', label: 'nav.ledger' },
    { href: '/reports', label: 'nav.reports' },
    { href: '/notice-board', label: 'nav.noticeBoard' },
    { href: '/standardization', label: 'standardization.nav' },
    // 危险化学品 duties
    { href: '/major-hazards', label: 'chem.nav.majorHazards' },
    { href: '/run-states', label: 'chem.nav.runStates' },
    { href: '/commitments', label: 'chem.nav.commitments' },
    { href: '/permits', label: 'chem.nav.permits' },
    { href: '/public/criteria', label: 'criteria.nav' },
  ],
  worker: [
    { href: '/workbench', label: 'nav.workbench' },
    { href: '/checks', label: 'nav.checks' },
    { href: '/hazards/snap', label: 'nav.snap' },
    { href: '/hazards', label: 'nav.hazards' },
    { href: '/enterprise', label: 'nav.enterprise' },
    { href: '/risk', label: 'nav.risk' },
    { href: '/notice-board', label: 'nav.noticeBoard' },
    { href: '/permits', label: 'chem.nav.permits' },
    { href: '/commitments', label: 'chem.nav.commitments' },
    { href: '/major-hazards', label: 'chem.nav.majorHazards' },
  ],
  congress_rep: [
    { href: '/enterprise', label: 'nav.enterprise' },
    { href: '/risk', label: 'nav.risk' },
    { href: '/reports', label: 'nav.reports' },
    { href: '/notice-board', label: 'nav.noticeBoard' },
  ],
};

export function menuFor(role: Role | undefined): MenuEntry[] {
  return role ? MENUS[role] : [];
}
