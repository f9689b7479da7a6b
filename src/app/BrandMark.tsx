/** Sigilo's seal (the same drawing as the app icon), inline so nothing is fetched. Decorative: the name is beside it. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 64 64" width={size} height={size}>
      <rect width="64" height="64" rx="14" fill="#1f3a5f" />
      <path
        d="M20 40c0 5 5 8 12 8s12-3 12-9c0-11-22-6-22-16 0-4 4-7 10-7s10 3 10 7"
        fill="none"
        stroke="#f4d35e"
        strokeWidth="6"
        strokeLinecap="round"
      />
    </svg>
  );
}
