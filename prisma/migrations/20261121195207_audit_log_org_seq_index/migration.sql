-- CreateIndex
CREATE INDEX "AuditLog_organizationId_seq_idx" ON "AuditLog"("organizationId", "seq");
