// Times are shown in China Standard Time whatever the server's or the browser's zone, so the
// server-rendered and hydrated text agree.
export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(iso));
}

/** A calendar day in China, without a clock time (e.g. a hazard's found date, a time limit). */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' }).format(
    new Date(iso),
  );
}

/** Today's date in China (YYYY-MM-DD), as printed on posted maps and lists. */
export function chinaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}
