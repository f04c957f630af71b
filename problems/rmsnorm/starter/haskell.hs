-- Whole program: read "n d eps", the d gains, then n rows of d numbers; print n normalized rows.
import qualified Data.ByteString.Char8 as B

rmsNorm :: Double -> [Double] -> [Double] -> [Double]
rmsNorm eps gain x = undefined -- TODO: x_i / sqrt(mean(x^2) + eps) * g_i

main :: IO ()
main = do
  toks <- B.words <$> B.getContents
  -- TODO: parse the input (read . B.unpack works, but is slow for large inputs), call rmsNorm,
  -- and print each row with unwords (map show row)
  return ()
