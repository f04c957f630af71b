-- Whole program: read "d T", "alpha beta1 beta2 eps lambda eta", then the vectors a, c, theta0;
-- print theta_T on one line.
import qualified Data.ByteString.Char8 as B

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  -- TODO: parse, run T AdamW steps, print unwords (map show theta)
  return ()
