-- Whole program: read "N alpha gamma", N logits, N labels; print the normalized focal loss.
import qualified Data.ByteString.Char8 as B

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  -- TODO: parse, compute -alpha_t (1 - p_t)^gamma log p_t stably, sum, divide by max 1 positives
  return ()
