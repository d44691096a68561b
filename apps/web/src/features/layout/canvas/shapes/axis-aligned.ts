// What every box-shaped layout shape shares: plans are axis-aligned (no rotation handle, any
// rotation is dropped, like the published rectangles), and the selection outline is the box.
import { BaseBoxShapeUtil, BaseFrameLikeShapeUtil, type TLBaseBoxShape, type TLShape } from 'tldraw'
import { rectPath } from './shape-chrome.tsx'

/** Layout shapes are never rotated: plans are axis-aligned, like the published rectangles. */
export function withoutRotation<S extends TLShape>(next: S): S {
  return next.rotation === 0 ? next : { ...next, rotation: 0 }
}

/** A box shape (aisle, door, table, rack). Subclasses may normalize more (tables fit their grid). */
export abstract class AxisAlignedBoxShapeUtil<
  S extends TLBaseBoxShape,
> extends BaseBoxShapeUtil<S> {
  protected normalize(next: S): S {
    return withoutRotation(next)
  }
  override hideRotateHandle() {
    return true
  }
  override onBeforeCreate(next: S) {
    return this.normalize(next)
  }
  override onBeforeUpdate(_prev: S, next: S) {
    return this.normalize(next)
  }
  override getIndicatorPath(shape: S) {
    return rectPath(shape.props.w, shape.props.h)
  }
}

/** A container (building, room): children dragged into it become its children. */
export abstract class AxisAlignedFrameShapeUtil<
  S extends TLBaseBoxShape,
> extends BaseFrameLikeShapeUtil<S> {
  override hideRotateHandle() {
    return true
  }
  override onBeforeCreate(next: S) {
    return withoutRotation(next)
  }
  override onBeforeUpdate(_prev: S, next: S) {
    return withoutRotation(next)
  }
  override getIndicatorPath(shape: S) {
    return rectPath(shape.props.w, shape.props.h)
  }
}
