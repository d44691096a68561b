// The compliance pages, loaded on demand as one chunk (they share their components): the
// router picks the page it needs from here.
export { EditDraftPage, NewDocumentPage } from './document-form-page.tsx'
export { DocumentPage } from './document-page.tsx'
export { DocumentsPage } from './documents-page.tsx'
