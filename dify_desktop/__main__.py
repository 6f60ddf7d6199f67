from dify_desktop.cli import main

raise SystemExit(main())
