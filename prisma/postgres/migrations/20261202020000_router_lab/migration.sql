-- CreateTable
CREATE TABLE "RouterLabRouter" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "rules" TEXT NOT NULL,
    "previousRules" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RouterLabRouter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RouterLabRouter_userId_key" ON "RouterLabRouter"("userId");

-- AddForeignKey
ALTER TABLE "RouterLabRouter" ADD CONSTRAINT "RouterLabRouter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
