# about_Object_Creation: a method without its call shows its overloads, a constructor's without "static"
[math]::Sqrt
[guid]::NewGuid
[System.Text.StringBuilder]::new.OverloadDefinitions[0]
([math]::Sqrt).OverloadDefinitions
