-- CreateEnum
CREATE TYPE "WeightKind" AS ENUM ('WET', 'DRY', 'WASTE');

-- CreateEnum
CREATE TYPE "WeightUnit" AS ENUM ('G', 'KG', 'OZ', 'LB');

-- CreateEnum
CREATE TYPE "AuditWalkStatus" AS ENUM ('IN_PROGRESS', 'COMPLETED');

-- AlterTable
ALTER TABLE "Plant" ADD COLUMN     "harvestedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "WeightLog" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "plantId" TEXT,
    "kind" "WeightKind" NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" "WeightUnit" NOT NULL,
    "grams" DOUBLE PRECISION NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WeightLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditWalk" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "roomId" TEXT NOT NULL,
    "status" "AuditWalkStatus" NOT NULL DEFAULT 'IN_PROGRESS',
    "startedById" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "report" JSONB,

    CONSTRAINT "AuditWalk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditWalkScan" (
    "id" TEXT NOT NULL,
    "walkId" TEXT NOT NULL,
    "positionId" TEXT,
    "plantTag" TEXT,
    "scannedText" TEXT NOT NULL,
    "scannedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditWalkScan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WeightLog_batchId_kind_idx" ON "WeightLog"("batchId", "kind");

-- CreateIndex
CREATE INDEX "WeightLog_plantId_idx" ON "WeightLog"("plantId");

-- CreateIndex
CREATE INDEX "AuditWalk_roomId_startedAt_idx" ON "AuditWalk"("roomId", "startedAt");

-- CreateIndex
CREATE INDEX "AuditWalkScan_walkId_idx" ON "AuditWalkScan"("walkId");

-- AddForeignKey
ALTER TABLE "WeightLog" ADD CONSTRAINT "WeightLog_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeightLog" ADD CONSTRAINT "WeightLog_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeightLog" ADD CONSTRAINT "WeightLog_plantId_fkey" FOREIGN KEY ("plantId") REFERENCES "Plant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditWalk" ADD CONSTRAINT "AuditWalk_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditWalk" ADD CONSTRAINT "AuditWalk_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditWalkScan" ADD CONSTRAINT "AuditWalkScan_walkId_fkey" FOREIGN KEY ("walkId") REFERENCES "AuditWalk"("id") ON DELETE CASCADE ON UPDATE CASCADE;
