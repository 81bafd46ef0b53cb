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
const { viewFromHistory } = await import('../../dist/notify/sample.js');
const history = new Map([
  ['2024-02', 257e6],
  ['2024-03', 306e6],
]);
// The April 2024 record, $310 million over March's $306 million.
const series = { id: 'pk-it-exports', name: 'Pakistan IT exports', currency: 'USD', fiscalYearStartMonth: 7 };
const view = viewFromHistory(series, new Map([...history, ['2024-04', 310e6]]), { month: '2024-04' });
const image = await renderChart(alertFacts(view, history, 7).chart);
process.stdout.write(JSON.stringify({ calls, pngBytes: image.png.length }));
