-- Whole program: read "n m K alpha", n calibration rows "y p_0 .. p_{K-1}", m test rows;
-- print q-hat, then one line per test row: the set size and its classes.
import qualified Data.ByteString.Char8 as B

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  -- TODO: scores, the ceil((n+1)(1-alpha))-th smallest one, then the prediction sets
  return ()
