// The collaboration pieces the layout page mounts around its canvas.
export {
  useLayoutPresence,
  type LayoutPresence,
  type UseLayoutPresenceOptions,
} from './use-layout-presence.ts'
export { PresenceBar, type PresenceBarProps } from './presence-bar.tsx'
export type { PresencePeer } from './presence-model.ts'
export { CommentsOverlay, type CommentsOverlayProps } from './comments-overlay.tsx'
export { CommentsPanel, type CommentsPanelProps } from './comments-panel.tsx'
export { PublishButton, type PublishButtonProps } from './publish-button.tsx'
export { VersionHistoryPanel, type VersionHistoryPanelProps } from './version-history-panel.tsx'
export {
  createThread,
  listThreads,
  reopenThread,
  replyToThread,
  resolveThread,
  type CommentThreadView,
} from './comments-model.ts'
// The shared comment UI state (open thread, point picking, draft anchor): a side panel can
// switch to its comments tab when `activeThreadId` changes (a pin was clicked).
export { commentUiStore, useCommentUi, type CommentUiState } from './comment-ui-state.ts'
