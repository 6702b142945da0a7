// A QR code drawn as SVG from the code's module matrix (no canvas, no innerHTML): black on white
// with the standard four-module quiet zone, so that phone cameras read it reliably.
import { create } from 'qrcode';
import { useMemo } from 'react';

const QUIET_ZONE = 4;

interface Props {
  text: string;
  /** Accessible name; say what the code is for and where the same data is given as text. */
  label: string;
  /** Rendered width and height in CSS pixels. */
  size?: number;
}

export function QrCode({ text, label, size = 200 }: Props) {
  const { path, dimension } = useMemo(() => {
    const modules = create(text, { errorCorrectionLevel: 'M' }).modules;
    let d = '';
    for (let row = 0; row < modules.size; row += 1) {
      for (let col = 0; col < modules.size; col += 1) {
        if (modules.get(row, col)) d += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
      }
    }
    return { path: d, dimension: modules.size + QUIET_ZONE * 2 };
  }, [text]);

  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${dimension} ${dimension}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
    >
      <rect width={dimension} height={dimension} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
