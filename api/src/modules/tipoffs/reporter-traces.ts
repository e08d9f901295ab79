import { hashReceiptCode, normalizeReceiptCode } from './receipt-code.js';

// What a verified tip-off hands to the enterprise (the hazard's description, place and attachment
// names) must not lead back to the citizen (docs/domain.md section 6). These checks find the
// reporter's name, phone number or receipt code written into such a text, however it is spaced.

export interface Reporter {
  name: string | null;
  phone: string | null;
  /** SHA-256 of the receipt code: the code itself is never stored, so candidates are hashed. */
  receiptHash: string;
}

export type Trace = 'name' | 'phone' | 'receiptCode';

export const TRACE_NAMES: Record<Trace, string> = {
  name: '举报人姓名',
  phone: '举报人联系电话',
  receiptCode: '举报查询码',
};

const RECEIPT_LENGTH = 16;
/** Spaces, dashes and brackets people put inside numbers and codes. */
const SPACING = /[\s\-–—_.()（）]/g;

const digits = (s: string) => s.replace(/\D/g, '');

/** The phone as digits, and for a landline its local number too (without the area code). */
function phoneForms(phone: string): string[] {
  const forms = [digits(phone)];
  const local = phone.match(/^0\d{2,3}-?(\d{7,8})$/)?.[1];
  if (local) forms.push(local);
  return forms;
}

/** Every 16-symbol run of the text that hashes to the receipt code's hash. */
function containsReceiptCode(text: string, receiptHash: string): boolean {
  const packed = text.toUpperCase().replace(SPACING, '');
  for (let i = 0; i + RECEIPT_LENGTH <= packed.length; i++) {
    const code = normalizeReceiptCode(packed.slice(i, i + RECEIPT_LENGTH));
    if (code && hashReceiptCode(code) === receiptHash) return true;
  }
  return false;
}

/** Which of the reporter's identifiers the text contains, or null. */
export function reporterTrace(text: string, reporter: Reporter): Trace | null {
  const packed = text.replace(SPACING, '').toLowerCase();
  const name = reporter.name?.replace(SPACING, '').toLowerCase();
  // A one-character name would match half the texts in Chinese; two characters is a real name.
  if (name && name.length >= 2 && packed.includes(name)) return 'name';
  if (reporter.phone) {
    const textDigits = digits(text.replace(SPACING, ''));
    if (phoneForms(reporter.phone).some((f) => f.length >= 7 && textDigits.includes(f))) {
      return 'phone';
    }
  }
  if (containsReceiptCode(text, reporter.receiptHash)) return 'receiptCode';
  return null;
}
