// Runs Mozilla's Readability.js (through jsdom) on every NAME.html in a folder and
// writes the article text to OUT/NAME.txt, paragraphs separated by blank lines.
// Prints {"pages": N, "seconds": S} (extraction time only) as its last line.
//   NODE_PATH=/tmp/readability-js/node_modules node html-compare-readability.js PAGES OUT
"use strict";
const fs = require("fs");
const path = require("path");
const { JSDOM } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const [pagesDir, outDir] = process.argv.slice(2);
const blocks = new Set(["P", "DIV", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE",
  "PRE", "TD", "TH", "TR", "SECTION", "ARTICLE", "BR", "UL", "OL", "TABLE", "DD", "DT"]);

// Text of a DOM subtree with block elements as paragraph breaks.
function blockText(node, parts) {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) parts.push(child.nodeValue);
    else if (child.nodeType === 1) {
      const block = blocks.has(child.tagName);
      if (block) parts.push("\n\n");
      blockText(child, parts);
      if (block) parts.push("\n\n");
    }
  }
  return parts;
}

let seconds = 0;
const files = fs.readdirSync(pagesDir).filter((f) => f.endsWith(".html")).sort();
for (const file of files) {
  const bytes = fs.readFileSync(path.join(pagesDir, file));
  const start = process.hrtime.bigint();
  let text = "";
  try {
    // jsdom sniffs the charset from a Buffer (BOM, <meta>), as a browser would.
    const dom = new JSDOM(bytes, { url: "https://example.com/" + file });
    const article = new Readability(dom.window.document).parse();
    if (article && article.content) {
      const frag = JSDOM.fragment(article.content);
      text = blockText(frag, []).join("").replace(/[ \t\r\f\v]+/g, " ")
        .replace(/\n\s*\n+/g, "\n\n").trim();
    }
  } catch (e) {
    process.stderr.write(`${file}: ${e}\n`);
  }
  seconds += Number(process.hrtime.bigint() - start) / 1e9;
  fs.writeFileSync(path.join(outDir, file.replace(/\.html$/, ".txt")), text + "\n");
}
console.log(JSON.stringify({ pages: files.length, seconds }));
