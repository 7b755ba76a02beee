// The dashboard's charts with ECharts; every chart's figures are also in a table beside it.
(function () {
  if (typeof echarts === "undefined") { return; }
  var colours = { ALLOW: "#008817", ADVISORY: "#005ea2", REVIEW: "#c05600", LICENSE_REQUIRED: "#8b0a03", BLOCK: "#1b1b1b" };
  function data(id) { var el = document.getElementById(id); return el ? [el, JSON.parse(el.getAttribute("data-chart"))] : null; }
  var charts = [];
  var d = data("chart-decisions");
  if (d) {
    var c = echarts.init(d[0]);
    c.setOption({
      tooltip: { trigger: "axis" }, legend: { top: 0 }, grid: { left: 40, right: 20, top: 40, bottom: 40 },
      xAxis: { type: "category", data: d[1].days.map(function (x) { return x.substring(5); }) },
      yAxis: { type: "value", minInterval: 1 },
      series: Object.keys(d[1].series).map(function (k) {
        return { name: k.replace("_", " "), type: "bar", stack: "all", data: d[1].series[k], itemStyle: { color: colours[k] } };
      })
    });
    charts.push(c);
  }
  var a = data("chart-cases");
  if (a) {
    var c2 = echarts.init(a[0]);
    c2.setOption({
      tooltip: {}, grid: { left: 40, right: 20, top: 20, bottom: 40 },
      xAxis: { type: "category", data: a[1].buckets }, yAxis: { type: "value", minInterval: 1 },
      series: [{ type: "bar", data: a[1].counts, itemStyle: { color: "#c05600" } }]
    });
    charts.push(c2);
  }
  var l = data("chart-lists");
  if (l) {
    var c3 = echarts.init(l[0]);
    c3.setOption({
      tooltip: { trigger: "item", formatter: function (p) { return p.seriesName + " " + p.data[2] + ": " + p.data[1] + " entries"; } },
      legend: { top: 0 }, grid: { left: 60, right: 20, top: 40, bottom: 40 },
      xAxis: { type: "time" }, yAxis: { type: "value" },
      series: Object.keys(l[1]).map(function (k) { return { name: k, type: "line", step: "end", symbolSize: 8, data: l[1][k] }; })
    });
    charts.push(c3);
  }
  window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });
})();
