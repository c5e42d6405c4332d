/**
 * "As of" a day (`asOf=YYYY-MM-DD`): what was reported by the end of that day, China time. The bound is a UTC
 * ISO string, as edge support dates are, so the two compare as text. Shared by the API and the web app.
 */
export function asOfBound(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, date));
  if (year < 1 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  return new Date(`${day}T23:59:59.999+08:00`).toISOString();
}
