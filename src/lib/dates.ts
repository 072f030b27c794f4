/** Dates are shown in UTC with a fixed locale, so the same input renders the same bytes anywhere. */
const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return longDate.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A timeline date only as precise as it is known. */
export function formatEventDate(date: Date, precision: 'day' | 'month' | 'year' | 'before' | 'approximate'): string {
  switch (precision) {
    case 'day':
      return formatDate(date);
    case 'month':
      return monthYear.format(date);
    case 'year':
      return String(date.getUTCFullYear());
    case 'before':
      return `On or before ${formatDate(date)}`;
    case 'approximate':
      return `About ${formatDate(date)}`;
  }
}
