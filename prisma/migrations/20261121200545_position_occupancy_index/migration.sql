-- CreateIndex
CREATE INDEX "Position_propertyId_roomId_status_reservedUntil_idx" ON "Position"("propertyId", "roomId", "status", "reservedUntil");
