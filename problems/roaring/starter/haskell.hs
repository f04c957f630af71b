-- Roaring bitmap containers, whole program: read n m, the values of A and of B; print
-- "cardinality containers arrays bitmaps" for A, B, A intersect B and A union B.
import qualified Data.IntMap.Strict as M
import qualified Data.IntSet as S

main :: IO ()
main = do
  (_ : la : lb : _) <- lines <$> getContents
  let a = map read (words la) :: [Int]
      b = map read (words lb) :: [Int]
  mapM_ putStrLn (replicate 4 "TODO")
