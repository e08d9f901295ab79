// Times are shown in China Standard Time whatever the server's or the browser's zone, so the
// server-rendered and hydrated text agree.
export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(iso));
}
