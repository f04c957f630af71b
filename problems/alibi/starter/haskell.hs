-- Whole program: read "H L d", then per head L query rows, L key rows, L value rows;
-- print the H slopes, then the L output rows of every head.
import qualified Data.ByteString.Char8 as B

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  -- TODO: slopes 2 ** (-8 * h / H); causal softmax of q.k / sqrt d + m (j - i), max subtracted
  return ()
