// Draws one alert chart with the built dist/ in a fresh process (resvg's loader runs once per process) and
// prints, as JSON, each process.report.getReport() call made meanwhile and whether it included the network
// section, which reverse-resolves every open socket: seconds of waiting with a slow or unreachable DNS server.
const report = process.report;
const calls = [];
const getReport = report.getReport.bind(report);
report.getReport = (...args) => {
  calls.push({ network: report.excludeNetwork !== true });
  return getReport(...args);
};
const { renderChart } = await import('../../dist/notify/chart/render.js');
const { alertFacts } = await import('../../dist/notify/facts.js');
const view = {
  id: 1,
  series: 'pk-it-exports',
  seriesName: 'Pakistan IT exports',
  month: '2024-04',
  value: 310e6,
  currency: 'USD',
  previous: { month: '2024-03', value: 306e6 },
  historyIncomplete: false,
  status: 'pending',
  messageId: null,
  attempts: 0,
  lastError: null,
  createdAt: '2024-05-18T10:00:00.000Z',
  sources: [],
  failures: 0,
  sentAt: null,
  nextAttemptAt: null,
  editPending: false,
};
const history = new Map([
  ['2024-02', 257e6],
  ['2024-03', 306e6],
]);
const image = await renderChart(alertFacts(view, history, 7).chart);
process.stdout.write(JSON.stringify({ calls, pngBytes: image.png.length }));
