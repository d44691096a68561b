-- CreateTable
CREATE TABLE "ShiftHandoffAck" (
    "userId" TEXT NOT NULL,
    "propertyId" TEXT NOT NULL,
    "acknowledgedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShiftHandoffAck_pkey" PRIMARY KEY ("userId","propertyId")
);

-- AddForeignKey
ALTER TABLE "ShiftHandoffAck" ADD CONSTRAINT "ShiftHandoffAck_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftHandoffAck" ADD CONSTRAINT "ShiftHandoffAck_propertyId_fkey" FOREIGN KEY ("propertyId") REFERENCES "Property"("id") ON DELETE CASCADE ON UPDATE CASCADE;
