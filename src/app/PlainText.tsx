import { useMemo } from "react";
import { textPieces } from "../lib/textPieces";

/** Characters per piece of a long text: a piece lays out in milliseconds, even as one unbroken word. */
const PIECE_CHARS = 10_000;

/**
 * Text as written, line breaks kept: a user's message, or a reply that is not (yet) formatted. A long text is
 * shown in pieces the browser lays out only near the screen (content-visibility in app.css): laid out whole,
 * a 5 MB message of one word blocked the page for 11 s, and one of 20 MB in lines for 32 s, at every opening.
 */
export function PlainText({ text, className }: { text: string; className?: string }) {
  const pieces = useMemo(
    () => (text.length > PIECE_CHARS ? textPieces(text, PIECE_CHARS) : undefined),
    [text],
  );
  const classes = className ? `plain-text ${className}` : "plain-text";
  if (!pieces) return <p className={classes}>{text}</p>;
  return (
    <div className={`${classes} plain-long`}>
      {pieces.map((piece, index) => (
        // Pieces are cut the same way each time the same text is shown: an index names the same piece.
        <span key={index} className="plain-piece">
          {piece}
        </span>
      ))}
    </div>
  );
}
