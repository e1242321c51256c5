// The picture a user chose, made into what the profile server takes: a square (the middle of the
// image), at most 600 px, JPEG. Upstream crops to a square and scales before uploading too
// (fxa-settings PageAvatar); the profile server refuses anything over 1 MB.

export const AVATAR_MAX_SIDE = 600;

/** Rejects when the file is not an image the browser can decode. */
export async function squareAvatar(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  try {
    const side = Math.min(bitmap.width, bitmap.height);
    const size = Math.min(AVATAR_MAX_SIDE, side);
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    // JPEG has no transparency: a transparent PNG lands on white, not black.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size, size);
    const sx = (bitmap.width - side) / 2;
    const sy = (bitmap.height - side) / 2;
    context.drawImage(bitmap, sx, sy, side, side, 0, 0, size, size);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('could not encode'))),
        'image/jpeg',
        0.9,
      ),
    );
  } finally {
    bitmap.close();
  }
}
