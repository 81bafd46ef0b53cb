/** The columns of `exportwatch export --format csv`, in order; its help lists them too. */
export const CSV_COLUMNS = [
  'series',
  'month',
  'value',
  'currency',
  'basis',
  'outlets',
  'conflicts',
  'new_high',
  'alert_id',
  'alert_status',
  'disputed_claims',
];
