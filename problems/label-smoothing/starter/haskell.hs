-- Whole program: read "N K eps", then N lines "y z_1 ... z_K"; print the mean smoothed loss.
import qualified Data.ByteString.Char8 as B

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  -- TODO: parse, compute LSE(z) - (1 - eps) z_y - (eps / K) sum z per row, print the mean
  return ()
