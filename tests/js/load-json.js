#!/usr/bin/env node
// load-json.js: loads newskg `-f json` files with Cytoscape.js (headless,
// from npm) the way a web page would, and checks what it got.
//   node tests/js/load-json.js FILE.json...
// For each file: the JSON parses; cytoscape({elements: json.elements})
// accepts it without a warning; every node and edge of the file is in the
// graph (Cytoscape drops an edge whose end is missing); edge ends name
// nodes; every node has a label and a class; a layout runs. Prints one
// "ok ..." / "FAIL ..." line per check and "N passed, N failed" last.
'use strict';
const fs = require('fs');
const cytoscape = require('cytoscape');

let pass = 0, fail = 0;
function check(cond, what) {
  if (cond) { pass++; console.log('ok ' + what); } else { fail++; console.log('FAIL ' + what); }
}

const CLASSES = new Set(['person', 'organization', 'place', 'position', 'event',
  'quotation', 'article', 'role', 'mention', 'other']);

for (const file of process.argv.slice(2)) {
  let json;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    check(false, file + ': JSON.parse: ' + e.message);
    continue;
  }
  check(true, file + ': JSON.parse');
  const els = json.elements || {};
  const nodes = els.nodes || [], edges = els.edges || [];
  // Cytoscape reports bad elements through console.warn/error: count them.
  const complaints = [];
  const saved = [console.warn, console.error];
  console.warn = console.error = (...a) => complaints.push(a.join(' '));
  let cy;
  try {
    cy = cytoscape({ headless: true, styleEnabled: false, elements: els });
  } catch (e) {
    complaints.push('threw: ' + e.message);
  }
  [console.warn, console.error] = saved;
  check(cy && complaints.length === 0,
        file + ': cytoscape() loads it' + (complaints.length ? ': ' + complaints.slice(0, 3).join(' | ') : ''));
  if (!cy) continue;
  check(cy.nodes().length === nodes.length && nodes.length > 0,
        `${file}: ${cy.nodes().length} of ${nodes.length} nodes loaded`);
  check(cy.edges().length === edges.length,
        `${file}: ${cy.edges().length} of ${edges.length} edges loaded`);
  const ids = new Set(nodes.map(n => n.data.id));
  check(ids.size === nodes.length, `${file}: node ids are unique`);
  const dangling = edges.filter(e => !ids.has(e.data.source) || !ids.has(e.data.target));
  check(dangling.length === 0, `${file}: every edge joins two nodes (${dangling.length} dangling)`);
  const unlabelled = cy.nodes().filter(n => !n.data('label') || !CLASSES.has(n.data('class')));
  check(unlabelled.length === 0, `${file}: every node has a label and a known class`);
  const nolabel = cy.edges().filter(e => !e.data('label'));
  check(nolabel.length === 0, `${file}: every edge has a label`);
  // Selecting by class works as a page's stylesheet would.
  const byClass = {};
  cy.nodes().forEach(n => { byClass[n.data('class')] = (byClass[n.data('class')] || 0) + 1; });
  check(Object.keys(byClass).every(c => cy.$('node.' + c).length === byClass[c]),
        `${file}: "classes" select nodes (${JSON.stringify(byClass)})`);
  let laid = false;
  try {
    cy.layout({ name: 'breadthfirst', directed: true, boundingBox: { x1: 0, y1: 0, w: 1000, h: 1000 } }).run();
    laid = cy.nodes().every(n => Number.isFinite(n.position('x')) && Number.isFinite(n.position('y')));
  } catch (e) {
    laid = false;
  }
  check(laid, `${file}: a layout places every node`);
}
console.log(`${pass} passed, ${fail} failed`);
process.exit(fail ? 1 : 0);
