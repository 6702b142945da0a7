/**
 * Which uploaded files a browser may show in its own window (`Content-Disposition: inline`): PDFs and raster
 * images. Everything else — HTML, XML, SVG (which can carry script), text and office files — is sent as an
 * attachment, always with `X-Content-Type-Options: nosniff`, so an upload never becomes a page on the
 * municipality's domain.
 */
const INLINE = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export function mayShowInline(mediaType: string): boolean {
  return INLINE.has(mediaType.split(';', 1)[0]!.trim().toLowerCase());
}
