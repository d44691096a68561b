// Phone cameras write 4–15 MB photos; a task photo needs far less. Large photos, and photos
// in a format the store does not take (HEIC), are drawn again at most 2560 px on the long side
// as JPEG before upload, which also keeps them under the 10 MB limit. Anything that fails
// (old browser, odd file) uploads the original, which the upload then accepts or refuses.
import { StoredFileContentTypeSchema } from '@growops/domain'

const SHRINK_ABOVE_BYTES = 2 * 1024 * 1024
const MAX_SIDE_PX = 2560
const JPEG_QUALITY = 0.85

/** The size to draw an image at so its long side is at most `maxSide`. */
export function fitWithin(
  width: number,
  height: number,
  maxSide: number = MAX_SIDE_PX,
): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height))
  return { width: Math.round(width * scale), height: Math.round(height * scale) }
}

/** A JPEG name for a re-encoded photo (`IMG_1.HEIC.png` → `IMG_1.HEIC.jpg`). */
export function jpegName(name: string): string {
  const base = name.replace(/\.[^./\\]+$/, '')
  return `${base || 'photo'}.jpg`
}

export async function shrinkPhoto(file: File): Promise<File> {
  const accepted = StoredFileContentTypeSchema.safeParse(file.type).success
  if (!file.type.startsWith('image/') || (accepted && file.size <= SHRINK_ABOVE_BYTES)) return file
  try {
    const bitmap = await createImageBitmap(file)
    const size = fitWithin(bitmap.width, bitmap.height)
    const canvas = document.createElement('canvas')
    canvas.width = size.width
    canvas.height = size.height
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, size.width, size.height)
    bitmap.close()
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY),
    )
    if (!blob || (accepted && blob.size >= file.size)) return file
    return new File([blob], jpegName(file.name), { type: 'image/jpeg' })
  } catch {
    return file
  }
}
