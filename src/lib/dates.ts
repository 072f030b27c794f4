/** Dates are shown in UTC with a fixed locale, so the same input renders the same bytes anywhere. */
const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return longDate.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
