/// The style sheet and script embedded in every HTML report. Static text: nothing from a
/// report is ever placed in here, so escaping concerns only the page body.
enum HTMLAssets {
    /// Allows only what is inline; anything that would reach the network is refused.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    static let style = """
        :root { --ink: #1c2430; --muted: #5b6573; --line: #d8dde3; --bg: #f6f7f9; --card: #fff; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
          color: var(--ink); background: var(--bg); }
        header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 24px; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 0 0 12px; }
        h3 { font-size: 16px; margin: 16px 0 8px; }
        .sub { color: var(--muted); margin: 0 0 12px; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0 0 8px; font-size: 13px; }
        dl.meta dt { color: var(--muted); }
        dl.meta dd { margin: 0; overflow-wrap: anywhere; }
        code, .mono { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12.5px; }
        section { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 18px 20px; margin: 16px 0; }
        .verdict { border-left: 8px solid var(--decision); }
        .decision { font-size: 30px; font-weight: 700; letter-spacing: .02em; color: var(--decision); margin: 0 0 8px; }
        .advisory { font-weight: 400; font-size: 15px; color: var(--muted); }
        ul.counts { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(112px, 1fr)); gap: 10px; }
        ul.counts a { display: block; padding: 10px 12px; border-radius: 8px; border: 1px solid var(--line); border-top: 5px solid var(--c);
          color: inherit; text-decoration: none; }
        ul.counts .n { display: block; font-size: 26px; font-weight: 700; }
        ul.counts .l { color: var(--muted); font-size: 13px; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
        th { font-size: 13px; color: var(--muted); font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12.5px; white-space: nowrap;
          background: var(--c); color: #fff; }
        .badge.light { color: var(--ink); }
        .crit { display: inline-block; margin-left: 4px; padding: 0 6px; border-radius: 4px; font-size: 11px; font-weight: 700;
          color: #c62828; border: 1px solid #c62828; }
        ol.gaps > li { margin-bottom: 10px; }
        ul.findings { margin: 4px 0; padding-left: 18px; }
        ul.findings li { margin: 2px 0; }
        .loc { color: var(--muted); }
        details summary { cursor: pointer; color: var(--muted); font-size: 13px; }
        .charts { display: grid; gap: 8px; overflow-x: auto; }
        svg { max-width: 100%; height: auto; font: 12px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; fill: var(--ink); }
        svg .num { fill: var(--muted); }
        svg .grid { stroke: var(--line); }
        .matrix-wrap { overflow-x: auto; }
        ul.legend { list-style: none; padding: 0; margin: 6px 0 0; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 13px; }
        .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 5px; vertical-align: -1px; }
        .controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 10px; }
        .controls input[type=search] { flex: 1 1 260px; padding: 6px 10px; font: inherit; border: 1px solid var(--line); border-radius: 6px; }
        .controls select { padding: 6px; font: inherit; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
        #shown { color: var(--muted); font-size: 13px; margin-left: auto; }
        tr[hidden] { display: none; }
        footer { color: var(--muted); font-size: 12.5px; padding-bottom: 28px; }
        @page { size: A4; margin: 10mm 11mm; }
        @media print {
          body { background: #fff; font-size: 8pt; line-height: 1.25; }
          header, main, footer { max-width: none; padding: 0; }
          h1 { font-size: 14pt; }
          h2 { font-size: 11pt; margin: 0 0 4pt; break-after: avoid; }
          h3 { font-size: 9.5pt; margin: 6pt 0 3pt; }
          section { border: none; border-radius: 0; padding: 0; margin: 0 0 8pt; }
          .verdict { border-left-width: 6px; padding-left: 10pt; }
          .decision { font-size: 16pt; margin: 0 0 3pt; }
          .controls, noscript, .screen-only { display: none !important; }
          ul.counts { grid-template-columns: repeat(8, 1fr); gap: 4pt; }
          ul.counts a { padding: 2pt 4pt; border-top-width: 3pt; }
          ul.counts .n { font-size: 12pt; }
          th, td { padding: 1.5pt 4pt; }
          th { font-size: 7.5pt; }
          code, .mono { font-size: 7pt; }
          .badge { font-size: 7pt; padding: 0 4pt; }
          /* Rows may break across pages: a row kept whole leaves the rest of a page blank. */
          tr { break-inside: auto; }
          thead { display: table-header-group; }
          ul.findings { margin: 1pt 0; padding-left: 10pt; }
          ul.findings li { margin: 0; }
          ol.gaps > li { margin-bottom: 3pt; }
          /* Accepted evidence stays folded: the summary line says how much there is. */
          details summary { font-size: 7.5pt; }
          #reqs td > .loc { display: none; }
          a { color: inherit; text-decoration: none; }
          .charts { grid-template-columns: 1fr 1fr; overflow: visible; }
          .matrix-wrap { overflow: visible; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """

    static let script = """
        (function () {
          "use strict";
          var controls = document.getElementById("controls");
          var table = document.getElementById("reqs");
          if (!controls || !table) { return; }
          var rows = Array.prototype.slice.call(table.tBodies[0].rows);
          var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
          var search = document.getElementById("q");
          var status = document.getElementById("fs");
          var standard = document.getElementById("fstd");
          var gaps = document.getElementById("fg");
          var shown = document.getElementById("shown");
          function apply() {
            var needle = search.value.trim().toLowerCase();
            var count = 0;
            for (var i = 0; i < rows.length; i++) {
              var row = rows[i];
              var visible = (needle === "" || texts[i].indexOf(needle) !== -1)
                && (status.value === "" || row.getAttribute("data-status") === status.value)
                && (standard.value === "" || row.getAttribute("data-standard") === standard.value)
                && (!gaps.checked || row.getAttribute("data-gap") === "1");
              row.hidden = !visible;
              if (visible) { count++; }
            }
            shown.textContent = count + " / " + rows.length + " " + shown.getAttribute("data-word");
          }
          [search, status, standard, gaps].forEach(function (control) {
            control.addEventListener("input", apply);
            control.addEventListener("change", apply);
          });
          Array.prototype.forEach.call(document.querySelectorAll("a[data-filter-status]"), function (link) {
            link.addEventListener("click", function () {
              status.value = link.getAttribute("data-filter-status");
              search.value = "";
              standard.value = "";
              gaps.checked = false;
              apply();
            });
          });
          // Printing shows every requirement, whatever the filters; evidence stays as the reader left it.
          window.addEventListener("beforeprint", function () {
            rows.forEach(function (row) { row.hidden = false; });
          });
          window.addEventListener("afterprint", apply);
          controls.hidden = false;
          apply();
        })();
        """
}
