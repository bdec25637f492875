-- CreateTable
CREATE TABLE "CheckAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "firstTryCorrect" BOOLEAN NOT NULL,
    "passedAt" DATETIME,
    "basis" TEXT,
    "basisDay" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CheckAnswer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CheckAnswer_lessonId_idx" ON "CheckAnswer"("lessonId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckAnswer_userId_checkId_key" ON "CheckAnswer"("userId", "checkId");
