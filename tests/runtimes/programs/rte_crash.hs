-- An uncaught exception: the RTS prints it and exits with code 1.
main :: IO ()
main = print (head ([] :: [Int]))
