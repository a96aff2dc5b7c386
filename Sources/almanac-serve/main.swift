ServeCommand.main()
