/*
 * KaTeX's stylesheet and fonts, bundled and served from our own origin (CSP font-src 'self'). The Markdown worker
 * typesets math; the page loads this, once, when a reply first shows some.
 */
import "katex/dist/katex.min.css";
