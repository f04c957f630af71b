-- Whole program: read T pairs ("d k eta", v_I, v'_O, k noise vectors); print J and the updated
-- vectors for each.
import qualified Data.ByteString.Char8 as B

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  -- TODO: stable log-sigmoid objective and one simultaneous gradient-ascent step per pair
  return ()
