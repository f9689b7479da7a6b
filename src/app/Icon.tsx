/** Small inline icons: drawn here, so nothing is fetched, and hidden from assistive technology. */
const PATHS = {
  pencil: "M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4",
  trash: "M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13",
  close: "M6 6l12 12M18 6L6 18",
  paperclip: "M20 11l-8 8a5 5 0 0 1-7-7l8.5-8.5a3.5 3.5 0 0 1 5 5L10 17a2 2 0 0 1-3-3l7.5-7.5",
  document: "M7 3h7l5 5v13H7zM14 3v5h5M10 13h6M10 17h6",
  copy: "M9 9h11v11H9zM15 9V4H4v11h5",
  regenerate: "M20 12a8 8 0 1 1-2.4-5.7M20 4v5h-5",
  continue: "M5 12h13M13 6l6 6-6 6",
  previous: "M15 6l-6 6 6 6",
  next: "M9 6l6 6-6 6",
  send: "M12 19V5M5 12l7-7 7 7",
  stop: "M7 7h10v10H7z",
  settings: "M4 7h9M17 7h3M15 4.5v5M4 17h3M11 17h9M9 14.5v5",
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
