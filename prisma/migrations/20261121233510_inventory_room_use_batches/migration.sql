-- AlterTable
ALTER TABLE "InventoryTransaction" ADD COLUMN     "sharedBatchIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
