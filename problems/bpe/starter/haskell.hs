-- Whole program: read W k Q, W lines "word count" and Q query words; print the number of
-- merges, the merges, and the segmentation of every query (letters plus "_", merged).
main :: IO ()
main = do
  tokens <- words <$> getContents
  let [w, k, q] = map read (take 3 tokens) :: [Int]
      queries = take q (drop (3 + 2 * w) tokens)
  -- TODO: learn the merges (Data.Map / Data.Set help), then segment the queries
  print (0 :: Int)
  mapM_ (\s -> putStrLn (unwords (map (: []) s ++ ["_"]))) queries
