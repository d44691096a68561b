// Buildings and rooms (containers: drag a table into a room and it becomes the room's
// child, which is how publish knows where a section belongs), aisles and doors.
import { LAYOUT_SHAPE_TYPES, feetToCanvas } from '@growops/domain'
import { SVGContainer, useEditor } from 'tldraw'
import { AxisAlignedBoxShapeUtil, AxisAlignedFrameShapeUtil } from './axis-aligned.ts'
import { IssueOutline, ShapeTitle, useHasIssue, useZoom } from './shape-chrome.tsx'
import {
  layoutPropValidators,
  type AisleShape,
  type BuildingShape,
  type DoorShape,
  type RoomShape,
} from './shape-types.ts'

const ROOM_FILL: Record<RoomShape['props']['roomType'], string> = {
  VEG: '#eaf6e4',
  FLOWER: '#f7ecf6',
  CLONE: '#e6f3f7',
  DRY: '#f7f1e3',
  CURE: '#efe9f7',
  TRIM: '#f1f1ee',
}

function BuildingBody({ shape }: { shape: BuildingShape }) {
  const editor = useEditor()
  const zoom = useZoom(editor)
  const issue = useHasIssue(editor, shape.id)
  const { w, h, code, name } = shape.props
  return (
    <SVGContainer>
      <rect width={w} height={h} fill="#fafaf8" stroke="#3a4a40" strokeWidth={4} />
      <ShapeTitle x={8} y={6} text={`${code} · ${name}`} zoom={zoom} size={18} />
      <IssueOutline w={w} h={h} show={issue} />
    </SVGContainer>
  )
}

export class BuildingShapeUtil extends AxisAlignedFrameShapeUtil<BuildingShape> {
  static override type = LAYOUT_SHAPE_TYPES.building
  static override props = layoutPropValidators('building')
  override getDefaultProps(): BuildingShape['props'] {
    return {
      w: feetToCanvas(120),
      h: feetToCanvas(80),
      code: '',
      name: '',
      buildingType: 'CULTIVATION',
    }
  }
  override component(shape: BuildingShape) {
    return <BuildingBody shape={shape} />
  }
}

function RoomBody({ shape }: { shape: RoomShape }) {
  const editor = useEditor()
  const zoom = useZoom(editor)
  const issue = useHasIssue(editor, shape.id)
  const { w, h, code, name, roomType } = shape.props
  return (
    <SVGContainer>
      <rect width={w} height={h} fill={ROOM_FILL[roomType]} stroke="#4f6357" strokeWidth={2} />
      <ShapeTitle x={6} y={4} text={`${code} · ${name} (${roomType})`} zoom={zoom} size={12} />
      <IssueOutline w={w} h={h} show={issue} />
    </SVGContainer>
  )
}

export class RoomShapeUtil extends AxisAlignedFrameShapeUtil<RoomShape> {
  static override type = LAYOUT_SHAPE_TYPES.room
  static override props = layoutPropValidators('room')
  override getDefaultProps(): RoomShape['props'] {
    return { w: feetToCanvas(40), h: feetToCanvas(30), code: '', name: '', roomType: 'VEG' }
  }
  override component(shape: RoomShape) {
    return <RoomBody shape={shape} />
  }
}

function AisleBody({ shape }: { shape: AisleShape }) {
  const editor = useEditor()
  const zoom = useZoom(editor)
  const issue = useHasIssue(editor, shape.id)
  const { w, h, label } = shape.props
  return (
    <SVGContainer>
      <rect
        width={w}
        height={h}
        fill="#f0f0ea"
        stroke="#9aa39d"
        strokeDasharray="6 4"
        strokeWidth={1.5}
      />
      <ShapeTitle x={4} y={2} text={label} zoom={zoom} size={8} colour="#5b665f" />
      <IssueOutline w={w} h={h} show={issue} />
    </SVGContainer>
  )
}

export class AisleShapeUtil extends AxisAlignedBoxShapeUtil<AisleShape> {
  static override type = LAYOUT_SHAPE_TYPES.aisle
  static override props = layoutPropValidators('aisle')
  override getDefaultProps(): AisleShape['props'] {
    return { w: feetToCanvas(4), h: feetToCanvas(20), label: '' }
  }
  override component(shape: AisleShape) {
    return <AisleBody shape={shape} />
  }
}

function DoorBody({ shape }: { shape: DoorShape }) {
  const editor = useEditor()
  const zoom = useZoom(editor)
  const issue = useHasIssue(editor, shape.id)
  const { w, h, label } = shape.props
  // A door: the opening, and the swing of its leaf as a quarter circle.
  const r = Math.min(w, feetToCanvas(4))
  return (
    <SVGContainer>
      <rect width={w} height={h} fill="#ffffff" stroke="#6b4f2a" strokeWidth={2} />
      <path
        d={`M 0 ${h} A ${r} ${r} 0 0 1 ${r} ${h + r}`}
        fill="none"
        stroke="#6b4f2a"
        strokeDasharray="3 3"
      />
      <ShapeTitle x={0} y={-14} text={label} zoom={zoom} size={8} colour="#6b4f2a" />
      <IssueOutline w={w} h={h} show={issue} />
    </SVGContainer>
  )
}

export class DoorShapeUtil extends AxisAlignedBoxShapeUtil<DoorShape> {
  static override type = LAYOUT_SHAPE_TYPES.door
  static override props = layoutPropValidators('door')
  override getDefaultProps(): DoorShape['props'] {
    return { w: feetToCanvas(4), h: feetToCanvas(0.5), label: '' }
  }
  override component(shape: DoorShape) {
    return <DoorBody shape={shape} />
  }
}
