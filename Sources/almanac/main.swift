AlmanacCommand.main()
