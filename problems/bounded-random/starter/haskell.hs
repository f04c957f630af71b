-- Nearly divisionless bounded random integers, whole program (stdin -> stdout).
import Data.Bits (shiftR, xor)
import Data.Word (Word64)

main :: IO ()
main = do
  (seed : n : rest) <- words <$> getContents
  let bounds = map read (take (read n) rest) :: [Integer]
  -- TODO: splitmix64 on Word64; one bounded draw per bound (use Integer for the 128-bit product)
  putStrLn "TODO"
