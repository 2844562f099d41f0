// Draws the distribution chart of the results page from its data table (which stays on the
// page for screen readers and for browsers without JavaScript).
(function () {
  'use strict';

  function draw(table) {
    var canvas = document.getElementById(table.getAttribute('data-chart'));
    if (!canvas || typeof window.Chart === 'undefined') {
      return;
    }
    var labels = [];
    var values = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      labels.push(row.querySelector('th').textContent.trim());
      values.push(Number(row.querySelector('td').textContent.trim()));
    });
    var existing = window.Chart.getChart(canvas);
    if (existing) {
      existing.destroy();
    }
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: table.getAttribute('data-series'), data: values, backgroundColor: '#0d6efd' }] },
      options: {
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  function drawAll() {
    document.querySelectorAll('table[data-chart]').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', drawAll);
  // the filters swap the ranking with htmx: draw the new chart
  document.addEventListener('htmx:afterSettle', drawAll);
}());
