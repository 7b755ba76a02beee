// The party's ties drawn with cytoscape.js: designated parties red, named-only owners grey; a tap opens a party.
(function () {
  var box = document.getElementById("party-graph");
  if (!box || typeof cytoscape === "undefined") { return; }
  fetch(box.getAttribute("data-graph"), { credentials: "same-origin" })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var cy = cytoscape({
        container: box,
        elements: data.elements,
        wheelSensitivity: 0.2,
        style: [
          { selector: "node", style: { "label": "data(label)", "font-size": 11, "text-wrap": "wrap", "text-max-width": 140,
              "text-valign": "bottom", "text-margin-y": 4, "background-color": "#71767a", "color": "#1b1b1b", "width": 18, "height": 18 } },
          { selector: "node[covered = 'yes']", style: { "background-color": "#b50909" } },
          { selector: "node[covered = 'unknown']", style: { "background-color": "#dfe1e2", "border-width": 1, "border-color": "#71767a" } },
          { selector: "node[focus = 'yes']", style: { "width": 28, "height": 28, "border-width": 3, "border-color": "#005ea2", "font-weight": "bold" } },
          { selector: "edge", style: { "curve-style": "bezier", "target-arrow-shape": "triangle", "width": 1.5, "line-color": "#a9aeb1",
              "target-arrow-color": "#a9aeb1", "label": "data(label)", "font-size": 9, "color": "#565c65", "text-rotation": "autorotate",
              "text-background-color": "#fff", "text-background-opacity": 1 } }
        ],
        // The party in the middle, parties tied to it on the rings around it.
        layout: { name: "concentric", animate: false, padding: 40, minNodeSpacing: 60, startAngle: Math.PI / 2,
          concentric: function (n) { return n.data("focus") === "yes" ? 100 : n.degree(); },
          levelWidth: function () { return 1; } }
      });
      cy.on("tap", "node", function (e) {
        var href = e.target.data("href");
        if (href && e.target.data("focus") !== "yes") { window.location.href = href; }
      });
    });
})();
