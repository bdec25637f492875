-- CreateTable
CREATE TABLE "CheckAnswer" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "firstTryCorrect" BOOLEAN NOT NULL,
    "passedAt" TIMESTAMP(3),
    "basis" TEXT,
    "basisDay" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CheckAnswer_lessonId_idx" ON "CheckAnswer"("lessonId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckAnswer_userId_checkId_key" ON "CheckAnswer"("userId", "checkId");

-- AddForeignKey
ALTER TABLE "CheckAnswer" ADD CONSTRAINT "CheckAnswer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
